import { createTheme } from '@mantine/core';

// System fonts only: the app runs offline, and analysts' Windows laptops already have Segoe UI.
export const caudalTheme = createTheme({
  primaryColor: 'blue',
  fontFamily: '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif' },
  defaultRadius: 'md',
});
