import { createTheme } from '@mantine/core';

// System fonts only: the app runs offline, and analysts' Windows laptops already have Segoe UI.
export const caudalTheme = createTheme({
  primaryColor: 'blue',
  fontFamily: '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif' },
  defaultRadius: 'md',
  // A focus ring on keyboard focus only: visible where it helps, absent after a mouse click.
  focusRing: 'auto',
  // Drawers, modals and collapses appear without animation for analysts who asked their system for less motion.
  respectReducedMotion: true,
});
