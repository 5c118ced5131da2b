import "server-only";
import satori from "satori";
import { interWoffs } from "./fonts";
import { svgToPng } from "./png";

// Link previews (Open Graph images) laid out by satori, which wraps text and turns it into
// paths, and drawn to PNG by resvg: both from npm, nothing fetched at run time.

export const OG_SIZE = { width: 1200, height: 630 };

export async function ogImage({
  kicker,
  title,
  lines,
}: {
  kicker: string;
  title: string;
  lines: string[];
}): Promise<Response> {
  const svg = await satori(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#ffffff",
        color: "#0f172a",
        fontFamily: "Inter",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 28, color: "#1d4ed8", fontWeight: 700 }}>{kicker}</div>
        <div style={{ fontSize: 60, fontWeight: 700, marginTop: 20, lineHeight: 1.1 }}>{title}</div>
        {lines.map((line) => (
          <div key={line} style={{ fontSize: 32, color: "#334155", marginTop: 18 }}>
            {line}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 24, color: "#64748b" }}>
        chip-deals · AI-chip supply deals, every figure traced to its source sentence
      </div>
    </div>,
    { ...OG_SIZE, fonts: interWoffs() },
  );
  return new Response(new Uint8Array(svgToPng(svg, 1)), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=300" },
  });
}
