# The two commands of the README. Each installs what is missing first.
.PHONY: run test bench screenshots

run:  ## build and serve on http://127.0.0.1:3000 (DEMO=1 loads the demo organisation)
	scripts/run.sh

test: ## every check: unit, integration, clippy -D warnings, Playwright
	scripts/test.sh

screenshots: ## the README's screenshots, from the demo organisation at both widths
	scripts/screenshots.sh

bench: ## the performance table: release build, generated 10,000-person organisation, every measurement (see docs/performance.md)
	scripts/bench.sh
