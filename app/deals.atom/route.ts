import { dealsFeedRoute } from "@/lib/feeds/feed-route";

export const GET = dealsFeedRoute("atom");
