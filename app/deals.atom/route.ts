import { dealsFeedRoute } from "@/lib/api/feed-route";

export const GET = dealsFeedRoute("atom");
