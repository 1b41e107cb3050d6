import { startBackground } from '@/src/settings/background';

// Toolbar badge per tab, and repair of stored settings at install/start-up (src/settings/background.ts).
export default defineBackground(() => {
  startBackground();
});
