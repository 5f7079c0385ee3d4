import { ThreadwiseDB } from '@/lib/db/database';
import { exportLibrary, type ImportReport, type LibraryExport } from '@/lib/db/export';
import { sendMessage } from '@/lib/messaging/protocol';
import type { LibraryThread, LibraryThreadDetail, StorageInfo } from '@/lib/search/library-types';
import type { SearchRequest, SearchResult } from '@/lib/search/types';

/** Everything the library page asks of the extension, behind one interface so components test without a browser. */
export interface LibraryHost {
  listThreads(): Promise<LibraryThread[]>;
  getThread(id: string): Promise<LibraryThreadDetail | null>;
  deleteThread(id: string): Promise<void>;
  search(req: SearchRequest): Promise<SearchResult[]>;
  exportLibrary(): Promise<LibraryExport>;
  importLibrary(text: string): Promise<ImportReport>;
  storageEstimate(): Promise<StorageInfo>;
  /** Saves text as a file the reader downloads. */
  download(filename: string, text: string, type: string): void;
}

export function browserLibraryHost(): LibraryHost {
  return {
    listThreads: () => sendMessage('listThreads', undefined),
    getThread: (id) => sendMessage('getThread', { id }),
    deleteThread: (id) => sendMessage('deleteThread', { id }),
    search: (req) => sendMessage('search', req),
    // Read here rather than through the background: the page shares the extension's database,
    // and a large library would not fit in one runtime message (Chrome caps them at 64 MB).
    async exportLibrary() {
      const db = new ThreadwiseDB();
      try {
        return await exportLibrary(db);
      } finally {
        db.close();
      }
    },
    importLibrary: (text) => sendMessage('importLibrary', { text }),
    storageEstimate: () => sendMessage('storageEstimate', undefined),
    download(filename, text, type) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  };
}
