import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";

// One client per process: dev hot reloads would otherwise open a new connection each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);

if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
