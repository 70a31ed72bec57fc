import type { NextConfig } from "next";
import createMDX from "@next/mdx";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";

/** `npm run export` sets this: the static site goes to `out/` and the `.next` build that `next start` serves is left alone. */
const isExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite (the live class's embedded PostgreSQL) loads its WASM and data files from its own
  // package folder at run time: Next must leave it unbundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  pageExtensions: ["ts", "tsx"],
  ...(isExport ? { output: "export" as const, distDir: "out", trailingSlash: true } : {}),
  ...(isExport
    ? {}
    : {
        async headers() {
          return [
            {
              source: "/:path*",
              headers: securityHeaders({
                dev: process.env.NODE_ENV !== "production",
                frameAncestors: process.env.FRAME_ANCESTORS,
              }),
            },
          ];
        },
      }),
};

const withMDX = createMDX({ extension: /\.mdx$/ });
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

export default withNextIntl(withMDX(nextConfig));
