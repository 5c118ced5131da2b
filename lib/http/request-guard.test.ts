import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { malformedRequest } from "./request-guard";

// request-guard.ts imports a private Next module (next/dist/server/app-render/…), which any Next
// release may move or change. These tests pin it: after an upgrade, check the guard still calls
// the parser the render uses, then move NEXT_CHECKED on.
const NEXT_CHECKED = "16.4.5";

const headers = (tree: string) => new Headers({ "next-router-state-tree": tree });
const valid = encodeURIComponent(JSON.stringify(["", { children: ["deals", {}, null, null] }, null, "refetch"]));

describe("malformedRequest", () => {
  it("was checked against the installed Next", () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, "../../node_modules/next/package.json"), "utf8")) as {
      version: string;
    };
    expect(pkg.version, "Next was upgraded: re-check lib/http/request-guard.ts, then update NEXT_CHECKED").toBe(
      NEXT_CHECKED,
    );
  });

  it("passes a well-formed request and names what is malformed", () => {
    expect(malformedRequest("/deals", new Headers())).toBeNull();
    expect(malformedRequest("/deals", headers(valid))).toBeNull();
    expect(malformedRequest("/deals/%E0%A4%A", new Headers())).toEqual({
      param: "path",
      message: "malformed percent-encoding",
    });
    for (const bad of ["%", "not json", encodeURIComponent('{"a":1}'), encodeURIComponent("[1,2]"), "x".repeat(40_001)])
      expect(malformedRequest("/deals", headers(bad)), bad.slice(0, 20)).toEqual({
        param: "next-router-state-tree",
        message: "malformed router state",
      });
  });
});
