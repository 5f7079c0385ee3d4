import { render } from 'preact';
import { LibraryApp } from '@/components/library/LibraryApp';
import { browserLibraryHost } from '@/components/library/library-host';
import '@/components/popup.css';
import '@/components/library/library.css';

render(<LibraryApp host={browserLibraryHost()} />, document.getElementById('app')!);
