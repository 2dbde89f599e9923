import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { caudalTheme } from './app/theme';
import { ClientProvider } from './client/client-context';
import { createClient } from './client/create-client';
import { selectBridge } from './client/select-bridge';

const container = document.getElementById('root');
if (!container) throw new Error('index.html no tiene el elemento #root');

const { bridge } = selectBridge(window);
const client = createClient(bridge);

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={caudalTheme} forceColorScheme="light">
      <ClientProvider client={client}>
        <App />
      </ClientProvider>
    </MantineProvider>
  </StrictMode>,
);
