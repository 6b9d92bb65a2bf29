import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    VitePWA({
      // Registered from our own code (src/app/update-banner.tsx): the CSP forbids inline scripts,
      // and a waiting version is announced to the person rather than swapped in silently.
      injectRegister: null,
      registerType: "prompt",
      includeAssets: ["icons/*.png", "icons/*.svg"],
      manifest: {
        name: "Skillfolio",
        short_name: "Skillfolio",
        description:
          "Votre e-portfolio de compétences : expériences, compétences, preuves et CV, même hors connexion.",
        lang: "fr",
        dir: "ltr",
        theme_color: "#1d4e89",
        background_color: "#ffffff",
        start_url: "/",
        scope: "/",
        display: "standalone",
        icons: [
          { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
          { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
          {
            src: "/icons/maskable-512.png",
            sizes: "512x512",
            type: "image/png",
            purpose: "maskable",
          },
        ],
      },
      workbox: {
        // The PDF fonts (DejaVu, 0.7 MB each) are precached with the rest: a PDF is made offline,
        // and the first one may well be asked for on a phone with no network.
        globPatterns: ["**/*.{js,css,html,png,svg,ico,webmanifest,ttf}"],
        navigateFallback: "index.html",
        // The API and robots.txt are the server's own answers, never the app's page.
        navigateFallbackDenylist: [/^\/api/, /^\/robots\.txt$/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // The PDF chunk (pdfkit, ~210 KB gzipped) is loaded only when a PDF is made; the shell's own
    // budget is checked by bench/shell-size.ts.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { "/api": "http://localhost:8080" },
  },
});
