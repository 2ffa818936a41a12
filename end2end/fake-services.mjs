// Loopback stand-ins for the third parties the app talks to in the weekly
// rhythm, for the Playwright run (the Rust integration tests have their own,
// stricter ones in tests/common): Slack's OAuth approval page and the Web
// API methods the app calls, and a Web Push service. Tests steer and read
// them through /test/… (the people in the Slack workspace, what arrived).
// Usage: node fake-services.mjs PORT
import http from "node:http";

const port = Number(process.argv[2]);
export const CLIENT_ID = "e2e.client";
export const CLIENT_SECRET = "e2e-client-secret";
const TOKEN = "xoxb-e2e-token";
let people = [];
// Each approval is another Slack workspace (one per organisation: the two
// projects run side by side), by the code it hands out.
const codes = new Map();
const posts = [];
const pushes = [];

const json = (res, status, body) => {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
};

const read = (req) =>
  new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
  });

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    const body = await read(req);
    const bearer = req.headers.authorization === `Bearer ${TOKEN}`;
    switch (`${req.method} ${url.pathname}`) {
      case "GET /oauth/v2/authorize": {
        // The admin approves at once.
        if (url.searchParams.get("client_id") !== CLIENT_ID) return json(res, 400, { error: "unknown client" });
        const team = `TE2E${codes.size + 1}-${Date.now()}`;
        const code = `code-${team}`;
        codes.set(code, team);
        const back = new URL(url.searchParams.get("redirect_uri"));
        back.searchParams.set("code", code);
        back.searchParams.set("state", url.searchParams.get("state"));
        res.writeHead(302, { location: back.toString() });
        return res.end();
      }
      case "POST /api/oauth.v2.access": {
        const basic = "Basic " + Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
        const code = new URLSearchParams(body.toString()).get("code");
        const team = codes.get(code);
        if (req.headers.authorization !== basic || !codes.delete(code)) return json(res, 200, { ok: false, error: "invalid_code" });
        return json(res, 200, { ok: true, access_token: TOKEN, bot_user_id: "UBOT", team: { id: team, name: "E2E Slack" } });
      }
      case "POST /api/users.list":
        if (!bearer) return json(res, 200, { ok: false, error: "invalid_auth" });
        return json(res, 200, {
          ok: true,
          members: people.map(([id, email]) => ({ id, deleted: false, is_bot: false, profile: { email } })),
          response_metadata: { next_cursor: "" },
        });
      case "POST /api/chat.postMessage":
        if (!bearer) return json(res, 200, { ok: false, error: "invalid_auth" });
        posts.push(JSON.parse(body.toString()));
        return json(res, 200, { ok: true, ts: "1.0" });
      case "POST /test/people":
        // Added to: the two projects run side by side, each with its own people.
        people = people.concat(JSON.parse(body.toString()));
        return json(res, 200, { ok: true });
      case "GET /test/pushes":
        return json(res, 200, pushes);
      default:
        if (req.method === "POST" && url.pathname.startsWith("/push/")) {
          pushes.push({
            device: url.pathname.slice("/push/".length),
            encoding: req.headers["content-encoding"] ?? "",
            authorization: req.headers.authorization ?? "",
            ttl: req.headers.ttl ?? "",
            bytes: body.length,
          });
          res.writeHead(201);
          return res.end();
        }
        return json(res, 404, { error: "not here" });
    }
  })
  .listen(port, "127.0.0.1");
