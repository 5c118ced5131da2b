import { describe, expect, it } from "vitest";
import { cgroupCpuLimit, parseEnv, usableCpus } from "./env-schema.mjs";

describe("parseEnv", () => {
  it("fills the defaults, and counts an emptied variable as unset", () => {
    expect(parseEnv({ PORT: "" })).toEqual({
      DATABASE_URL: "file:./prisma/dev.db",
      NODE_ENV: "development",
      PORT: 3000,
      HOST: undefined,
      MAX_CONCURRENT_REQUESTS: 8,
      WEB_CONCURRENCY: Math.min(usableCpus(), 4),
      CACHE_MB: 48,
      ADMIN_TOKEN: undefined,
      EMBED_FRAME_ANCESTORS: "*",
    });
    expect(parseEnv({ PORT: "3221", HOST: "127.0.0.1", MAX_CONCURRENT_REQUESTS: "16" })).toMatchObject({
      PORT: 3221,
      HOST: "127.0.0.1",
      MAX_CONCURRENT_REQUESTS: 16,
    });
  });

  it.each([
    [{ PORT: "abc" }, /PORT: must be a whole number from 0 to 65535/],
    [{ PORT: "70000" }, /PORT: must be a whole number/],
    [{ PORT: "80.5" }, /PORT: must be a whole number/],
    [{ MAX_CONCURRENT_REQUESTS: "0" }, /MAX_CONCURRENT_REQUESTS: must be a whole number from 1 to 1024/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must be a SQLite file URL .* or a PostgreSQL URL/],
    [{ DATABASE_URL: "postgresql://" }, /DATABASE_URL must be/],
  ])("names the bad variable in %j", (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it("counts a container's CPU quota, from cgroup v2 or v1", () => {
    const files = (entries: Record<string, string>) => (file: string) => {
      if (!(file in entries)) throw new Error(`ENOENT: ${file}`);
      return entries[file]!;
    };
    expect(cgroupCpuLimit(files({ "/sys/fs/cgroup/cpu.max": "200000 100000\n" }))).toBe(2);
    expect(cgroupCpuLimit(files({ "/sys/fs/cgroup/cpu.max": "150000 100000\n" }))).toBe(2);
    expect(cgroupCpuLimit(files({ "/sys/fs/cgroup/cpu.max": "50000 100000\n" }))).toBe(1);
    expect(cgroupCpuLimit(files({ "/sys/fs/cgroup/cpu.max": "max 100000\n" }))).toBeNull();
    const v1 = (quota: string) =>
      files({ "/sys/fs/cgroup/cpu/cpu.cfs_quota_us": quota, "/sys/fs/cgroup/cpu/cpu.cfs_period_us": "100000\n" });
    expect(cgroupCpuLimit(v1("300000\n"))).toBe(3);
    expect(cgroupCpuLimit(v1("-1\n"))).toBeNull();
    expect(cgroupCpuLimit(files({}))).toBeNull();
    expect(usableCpus()).toBeGreaterThanOrEqual(1);
  });

  it("takes a PostgreSQL URL as well as a SQLite file", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://chipdeals@127.0.0.1:5432/chipdeals" }).DATABASE_URL).toBe(
      "postgresql://chipdeals@127.0.0.1:5432/chipdeals",
    );
  });
});
