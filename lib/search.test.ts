import { describe, expect, it } from "vitest";
import { foldForSearch, searchTextOf, stemsOf, termAlternatives } from "./search";

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

describe("stemming (Snowball, Dutch and English)", () => {
  it("stems Dutch and English inflections to shared stems", () => {
    expect(stemsOf("chips")).toEqual(["chip"]);
    expect(stemsOf("mergers")).toContain("merger");
    expect(stemsOf("fuseren")).toContain("fuser");
    expect(stemsOf("aandelen")).toContain("aandel");
  });

  it("stores a line of stems after the folded text, each at a word's start", () => {
    const text = searchTextOf(["De fusie tussen xAI en SpaceX", "Merger / acquisition"]);
    expect(text).toContain("de fusie tussen xai en spacex");
    expect(text).toContain(" fusie ");
    expect(text).toContain(" merger ");
  });

  it("lets a query word match itself or its stems at a word's start", () => {
    expect(termAlternatives("chips")).toEqual(["chips", " chip"]);
    expect(termAlternatives("7％")).toEqual(["7％"]);
    // " fuseert" is left out: every text with it has "fuseert" too.
    expect(termAlternatives("fuseert", ["fuser"])).toEqual(["fuseert", " fuser"]);
    expect(termAlternatives("blackwell")).toEqual(["blackwell", " blackwel"]);
  });
});
