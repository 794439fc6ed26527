// `npm start`. On Windows and macOS: trust a localhost certificate, then sideload the add-in into
// Excel with the dev server running, as Office's own tools do. Elsewhere (Linux has no desktop
// Excel): serve the add-in in development mode and open the demo page, where the real task pane
// works on a workbook in the browser (or print its address when no browser can be opened);
// Ctrl+C stops it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const PORT = 3000;
const CERT_DIR = join(homedir(), ".office-addin-dev-certs");

/** The JavaScript file behind a package's command, run with this node: no .cmd shims on Windows. */
function binOf(pkg, command) {
  const manifest = require(`${pkg}/package.json`);
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[command];
  return join(dirname(require.resolve(`${pkg}/package.json`)), bin);
}

/** Runs a command to its end; resolves with its exit code. */
function run(args, stdio) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio });
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function haveCertificates() {
  return existsSync(join(CERT_DIR, "localhost.crt")) && existsSync(join(CERT_DIR, "localhost.key"));
}

async function startInExcel() {
  // Office only loads add-ins over trusted HTTPS. The install may ask to trust the certificate
  // (a dialog on Windows, the password on macOS), so it keeps the terminal's input.
  await run([binOf("office-addin-dev-certs", "office-addin-dev-certs"), "install"], "inherit");
  // It exits 0 even when it failed, so look for what it should have made.
  if (!haveCertificates()) {
    console.error(`No development certificate in ${CERT_DIR}; Excel cannot load the add-in.`);
    console.error("Run `npx office-addin-dev-certs install` and accept the prompts, then retry.");
    return 1;
  }
  // With input open, office-addin-debugging may wait for an answer no one is asked for.
  return run(
    [
      binOf("office-addin-debugging", "office-addin-debugging"),
      "start",
      "manifest.xml",
      "--app",
      "excel",
      "--dev-server-port",
      String(PORT),
    ],
    ["ignore", "inherit", "inherit"]
  );
}

/** Resolves once the server answers at the URL (any status), polling every half second. */
function waitForServer(url, child) {
  return new Promise((resolve) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(false);
      const request = (url.startsWith("https:") ? httpsRequest : httpRequest)(url, {
        method: "HEAD",
        // The local certificate may not be trusted by this node; only reachability matters.
        rejectUnauthorized: false,
        timeout: 2000,
      });
      request.on("response", (response) => {
        response.resume();
        resolve(true);
      });
      request.on("error", () => setTimeout(attempt, 500));
      request.on("timeout", () => request.destroy());
      request.end();
    };
    attempt();
  });
}

/** Opens the page in the desktop's browser where there is one; quietly does nothing otherwise. */
function openInBrowser(url) {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const opener = spawn("xdg-open", [url], { stdio: "ignore", detached: true });
  opener.on("error", () => undefined);
  opener.unref();
}

async function serveInBrowser() {
  const base = haveCertificates() ? `https://localhost:${PORT}` : `http://127.0.0.1:${PORT}`;
  const url = `${base}/taskpane.html`;
  const demo = `${base}/demo.html`;
  // Its own process group, so stopping it also ends the workers it starts; a killed
  // `npx webpack serve` leaves an orphan holding the port.
  const server = spawn(
    process.execPath,
    [binOf("webpack-cli", "webpack-cli"), "serve", "--mode", "development"],
    { cwd: root, detached: true, stdio: ["ignore", "inherit", "inherit"] }
  );
  const exited = new Promise((resolve) => {
    server.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      return; // already gone
    }
    setTimeout(() => {
      try {
        process.kill(-server.pid, "SIGKILL");
      } catch {
        // ended in time
      }
    }, 5000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("SIGHUP", stop);

  if (await waitForServer(url, server)) {
    console.log("");
    console.log(`FrontBack's demo page (the task pane on a sample workbook): ${demo}`);
    console.log(`The task pane alone, as Excel loads it:                  ${url}`);
    console.log("Press Ctrl+C here to stop.");
    console.log("");
    openInBrowser(demo);
  }
  const code = await exited;
  return stopping ? 0 : code;
}

const desktopExcel = process.platform === "win32" || process.platform === "darwin";
process.exitCode = await (desktopExcel ? startInExcel() : serveInBrowser());
