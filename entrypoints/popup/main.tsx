import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { browserPopupHost } from '@/components/popup-host';
import '@/components/popup.css';

performance.mark('threadwise:popup-start');
render(<PopupApp host={browserPopupHost()} />, document.getElementById('app')!);
