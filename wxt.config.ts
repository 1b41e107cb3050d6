import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { venueHostPermissions } from './src/venues/catalogue';

// One config for both browsers: Chrome MV3 and Firefox MV3 (WXT would default Firefox to MV2).
export default defineConfig({
  manifestVersion: 3,
  outDir: process.env.LG_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()], build: { sourcemap: !!process.env.LG_SOURCEMAP } }),
  manifest: ({ browser }) => ({
    // Both from locales/<lang>.yml, in the browser's language (English description: at most 132 characters, test/store).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    host_permissions: venueHostPermissions,
    action: { default_title: 'Leverage Guard' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leverage-guard@leverage-guard.dev',
              strict_min_version: '140.0',
              // Required for new AMO listings: this extension collects nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142 (desktop 140).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
