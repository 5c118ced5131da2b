import { PageSkeleton } from "@/components/ui/page-skeleton";

// Only on pages without child routes: a loading boundary above /deals/[slug] would stream a
// 200 before an unknown slug could answer 404.
export default PageSkeleton;
