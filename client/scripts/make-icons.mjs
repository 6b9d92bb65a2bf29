// Renders public/icons/logo.svg to the PNG icons of the web app manifest with headless Chromium.
// Run from the repository root: node client/scripts/make-icons.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const icons = new URL("../public/icons/", import.meta.url);
const logo = readFileSync(new URL("logo.svg", icons), "utf8");
const logoUri = `data:image/svg+xml;base64,${Buffer.from(logo).toString("base64")}`;

/** A maskable icon keeps its content inside the central 80 % "safe zone" on a full-bleed background. */
const targets = [
  { file: "icon-192.png", size: 192, padding: 0, background: "transparent", radius: true },
  { file: "icon-512.png", size: 512, padding: 0, background: "transparent", radius: true },
  { file: "maskable-512.png", size: 512, padding: 0.12, background: "#1d4e89", radius: false },
];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  for (const target of targets) {
    const page = await browser.newPage({ viewport: { width: target.size, height: target.size } });
    const inset = Math.round(target.size * target.padding);
    await page.setContent(
      `<body style="margin:0;background:${target.background}">` +
        `<img src="${logoUri}" style="display:block;margin:${inset}px;width:${target.size - 2 * inset}px;height:${target.size - 2 * inset}px">`,
    );
    const png = await page.screenshot({ omitBackground: target.background === "transparent" });
    writeFileSync(fileURLToPath(new URL(target.file, icons)), png);
    await page.close();
  }
} finally {
  await browser.close();
}
