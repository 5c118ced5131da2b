import { describe, expect, it } from "vitest";
import { foldForSearch } from "./search";

describe("foldForSearch", () => {
  it.each([
    ["Creëert", "creeert"],
    ["TSMC’s", "tsmc's"],
    ["Zuid–Koreaanse", "zuid-koreaanse"],
    ["7%", "7％"],
    ["a_b", "a＿b"],
    ["a\\b", "a＼b"],
    ["ＴＳＭＣ", "tsmc"],
  ])("%s -> %s", (input, folded) => expect(foldForSearch(input)).toBe(folded));
});
