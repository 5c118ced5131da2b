import type { NextConfig } from "next";
import { RESOURCE_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The PNG renderer (a native addon) and satori (WebAssembly): loaded by Node at run time, not bundled.
  serverExternalPackages: ["@resvg/resvg-js", "satori"],
  typedRoutes: false,
  // proxy.ts sees the request as sent, with Next's router headers, so it can reject a malformed
  // Next-Router-State-Tree that would otherwise fail the render with a bare 500.
  skipProxyUrlNormalize: true,
  async headers() {
    // Pages and route handlers get theirs, with a per-request nonce, from proxy.ts, which skips these
    // and /api/deals: its GET sets them itself (lib/api/guarded.ts), these cover any other method.
    const headers = [
      { key: "Content-Security-Policy", value: RESOURCE_CONTENT_SECURITY_POLICY },
      ...Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
    ];
    return [
      { source: "/_next/static/:path*", headers },
      { source: "/_next/image", headers },
      { source: "/api/deals", headers },
    ];
  },
};

export default nextConfig;
