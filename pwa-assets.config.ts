import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// `npm run icons` turns public/icon.svg into the PNG icons, the apple-touch icon and favicon.ico.
export default defineConfig({
  preset: {
    ...minimal2023Preset,
    maskable: { ...minimal2023Preset.maskable, resizeOptions: { background: '#1f4e79' } },
    apple: { ...minimal2023Preset.apple, resizeOptions: { background: '#1f4e79' } },
  },
  images: ['public/icon.svg'],
});
