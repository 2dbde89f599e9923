import '@mantine/core/styles.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders } from './app/app-providers';
import { createClient } from './client/create-client';
import { selectBridge } from './client/select-bridge';
import { browserStore } from './storage/key-value-store';

const container = document.getElementById('root');
if (!container) throw new Error('index.html no tiene el elemento #root');

const { bridge } = selectBridge(window);
const client = createClient(bridge);

createRoot(container).render(
  <StrictMode>
    <AppProviders client={client} store={browserStore()}>
      <App />
    </AppProviders>
  </StrictMode>,
);
