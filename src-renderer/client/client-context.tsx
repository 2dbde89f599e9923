import { createContext, useContext, type ReactNode } from 'react';
import type { CaudalClient } from './create-client';

const ClientContext = createContext<CaudalClient | null>(null);

export function ClientProvider({ client, children }: { client: CaudalClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): CaudalClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient necesita un <ClientProvider> más arriba en el árbol');
  return client;
}
