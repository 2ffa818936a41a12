# The two commands of the README. Each installs what is missing first.
.PHONY: run test

run:  ## build and serve on http://127.0.0.1:3000 (DEMO=1 loads the demo organisation)
	scripts/run.sh

test: ## every check: unit, integration, clippy -D warnings, Playwright
	scripts/test.sh
