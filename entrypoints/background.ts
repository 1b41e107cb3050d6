import { startBackground } from '@/src/background';

// Toolbar badge per tab, the content scripts' settings, and repair of stored settings at install/start-up (src/background/).
export default defineBackground(() => {
  startBackground();
});
