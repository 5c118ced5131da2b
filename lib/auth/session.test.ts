import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { FailureLimiter } from "./rate-limit";
import { cookieValue, createSessionToken, readSessionToken, sessionCookie, tokenMatches } from "./session";

const TOKEN = "a-long-enough-admin-token";

describe("session tokens", () => {
  it("round-trips the analyst's name", async () => {
    const jwt = await createSessionToken({ name: "Ann" }, TOKEN);
    expect(await readSessionToken(jwt, TOKEN)).toEqual({ name: "Ann" });
  });

  it("are void under another admin token, when tampered with, expired or missing", async () => {
    const jwt = await createSessionToken({ name: "Ann" }, TOKEN);
    expect(await readSessionToken(jwt, `${TOKEN}-rotated`)).toBeNull();
    expect(await readSessionToken(`${jwt.slice(0, -2)}xx`, TOKEN)).toBeNull();
    expect(await readSessionToken(undefined, TOKEN)).toBeNull();
    const key = new Uint8Array(32);
    const foreign = await new SignJWT({ name: "Eve" }).setProtectedHeader({ alg: "HS256" }).sign(key);
    expect(await readSessionToken(foreign, TOKEN)).toBeNull();
  });

  it("compares the admin token exactly", () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(`${TOKEN} `, TOKEN)).toBe(false);
    expect(tokenMatches("", TOKEN)).toBe(false);
  });

  it("sets an HttpOnly, SameSite=Strict cookie, Secure only over https", () => {
    expect(sessionCookie("v", false)).toBe("chip_deals_session=v; Path=/; HttpOnly; SameSite=Strict; Max-Age=28800");
    expect(sessionCookie("v", true)).toMatch(/; Secure$/);
    expect(cookieValue("a=1; chip_deals_session=xyz; b=2", "chip_deals_session")).toBe("xyz");
  });
});

describe("FailureLimiter", () => {
  it("blocks after the allowed failures until the window ends", () => {
    const limiter = new FailureLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter("ip", 1000)).toBe(0);
      limiter.fail("ip", 1000);
    }
    expect(limiter.retryAfter("ip", 1000)).toBe(60);
    expect(limiter.retryAfter("other", 1000)).toBe(0);
    expect(limiter.retryAfter("ip", 61_001)).toBe(0);
  });

  it("forgets the failures of a successful sign-in", () => {
    const limiter = new FailureLimiter(2, 60_000);
    limiter.fail("ip", 0);
    limiter.succeed("ip");
    limiter.fail("ip", 0);
    expect(limiter.retryAfter("ip", 0)).toBe(0);
  });
});
