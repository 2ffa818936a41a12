// A loopback SMTP server for the Playwright run: the app under test sends
// its real e-mail here, and each message lands as a file in the folder
// given (one per message, named by arrival), where tests read it back.
// Usage: node smtp-sink.mjs PORT FOLDER
import net from "node:net";
import fs from "node:fs";
import path from "node:path";

const [port, folder] = [Number(process.argv[2]), process.argv[3]];
fs.mkdirSync(folder, { recursive: true });
let count = 0;

net
  .createServer((socket) => {
    let buffer = "";
    let inData = false;
    let rcpt = [];
    let data = [];
    const reply = (line) => socket.write(line + "\r\n");
    reply("220 sink.test ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let at;
      while ((at = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            count += 1;
            const name = path.join(folder, `${String(count).padStart(5, "0")}.eml`);
            const text = `X-Rcpt: ${rcpt.join(", ")}\r\n` + data.join("\r\n");
            // Written whole, then renamed, so a reader never sees half a message.
            fs.writeFileSync(name + ".part", text);
            fs.renameSync(name + ".part", name);
            rcpt = [];
            data = [];
            reply("250 ok: queued");
          } else {
            data.push(line.startsWith(".") ? line.slice(1) : line);
          }
          continue;
        }
        const verb = line.split(/[ :]/)[0].toUpperCase();
        if (verb === "EHLO") reply("250-sink.test\r\n250 8BITMIME");
        else if (verb === "HELO" || verb === "NOOP" || verb === "MAIL") reply("250 ok");
        else if (verb === "RSET") { rcpt = []; data = []; reply("250 ok"); }
        else if (verb === "RCPT") { rcpt.push(line.slice(line.indexOf("<") + 1, line.indexOf(">"))); reply("250 ok"); }
        else if (verb === "DATA") { inData = true; reply("354 go ahead"); }
        else if (verb === "QUIT") { reply("221 bye"); socket.end(); }
        else reply("502 not implemented");
      }
    });
    socket.on("error", () => {});
  })
  .listen(port, "127.0.0.1");
