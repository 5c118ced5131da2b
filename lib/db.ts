import "server-only";
import { env } from "@/lib/env";
import { createReconnectingClient, type ReconnectingClient } from "@/lib/db/reconnecting";

// One connection per process: dev hot reloads would otherwise open a new one each time.
const globalForPrisma = globalThis as unknown as { prismaConnection?: ReconnectingClient };

const connection = globalForPrisma.prismaConnection ?? createReconnectingClient(env.DATABASE_URL);

if (env.NODE_ENV !== "production") globalForPrisma.prismaConnection = connection;

/** The app's Prisma client. It reconnects by itself when the database file is replaced or restored. */
export const db = connection.client;

/** The database file and its watcher, for the health check. */
export const dbConnection = connection;
