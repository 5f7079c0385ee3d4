import { registerHighlightService } from '@/lib/background/highlight-service';
import { registerLibraryService } from '@/lib/background/library-service';
import { createMenuRegistry } from '@/lib/background/menus';
import { registerSiteAccess } from '@/lib/background/site-access';
import { registerThreadService } from '@/lib/background/thread-service';
import { ThreadwiseDB } from '@/lib/db/database';
import { requestPersistentStorage } from '@/lib/db/persistence';

export default defineBackground(() => {
  const db = new ThreadwiseDB();
  const menus = createMenuRegistry();
  registerThreadService(db);
  registerHighlightService(db, menus);
  registerLibraryService(db, menus);
  registerSiteAccess(menus);
  void menus.install().catch(() => undefined);
  void requestPersistentStorage();
});
