import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardTicket } from '@/src/content/guardTicket';
import { startDemoExchange } from '@/src/venues/demo/exchange';
import { demoAdapter } from '@/src/venues/demo/adapter';
import { binanceUsdm } from '@/src/risk/venues/binance';

// The page plays the exchange; the guard then treats it exactly as a content script treats a venue.
startDemoExchange(document, window);
const tab = await browser.tabs.getCurrent().catch(() => undefined);
// The demo ticket is a linear USDT perpetual priced under Binance USDⓈ-M rules.
void guardTicket(new ContentScriptContext('demo'), demoAdapter, { models: [binanceUsdm], tabId: tab?.id });
