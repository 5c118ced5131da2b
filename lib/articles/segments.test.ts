import { describe, expect, it } from "vitest";
import { segmentText } from "./segments";

describe("segmentText", () => {
  it("rebuilds the text exactly and marks overlapping spans per segment", () => {
    const text = "Een twee drie vier vijf.";
    const segments = segmentText(text, [
      { id: "a", start: 4, end: 13 }, // "twee drie"
      { id: "b", start: 9, end: 18 }, // "drie vier"
      { id: "c", start: 4, end: 13 }, // same sentence cited twice
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => [s.text, s.covering, s.starting])).toEqual([
      ["Een ", [], []],
      ["twee ", ["a", "c"], ["a", "c"]],
      ["drie", ["a", "b", "c"], ["b"]],
      [" vier", ["b"], []],
      [" vijf.", [], []],
    ]);
  });

  it("clamps spans outside the text and drops empty ones", () => {
    const segments = segmentText("abc", [
      { id: "x", start: -5, end: 1 },
      { id: "y", start: 2, end: 99 },
      { id: "z", start: 2, end: 2 },
    ]);
    expect(segments.map((s) => [s.text, s.covering])).toEqual([
      ["a", ["x"]],
      ["b", []],
      ["c", ["y"]],
    ]);
  });
});
