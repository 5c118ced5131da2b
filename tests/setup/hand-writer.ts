// A second process that keeps adding hand-made deals to DATABASE_URL until told to stop,
// printing "committed <i>" after each transaction: the concurrent writer of the backup test.
import { createPrismaClient } from "@/lib/db/client";
import { env } from "@/lib/env";
import { addHandDeal } from "./hand-rows";

const db = createPrismaClient(env.DATABASE_URL);
let stop = false;
process.stdin.on("data", () => (stop = true));
process.stdin.on("end", () => (stop = true));

(async () => {
  for (let i = 0; !stop; i++) {
    await addHandDeal(db, i);
    process.stdout.write(`committed ${i}\n`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await db.$disconnect();
})().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
