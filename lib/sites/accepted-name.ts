import type { SiteId } from '../model';

/** What a site calls the answer its asker marked: MetaFilter's "best answer", Discourse's "solution". */
export function acceptedName(site: SiteId): string {
  switch (site) {
    case 'metafilter':
    case 'bbpress':
      return 'best answer';
    case 'discourse':
      return 'solution';
    default:
      return 'accepted';
  }
}
