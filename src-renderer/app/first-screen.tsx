import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useClient } from '../client/client-context';
import { useCommand } from '../client/use-command';
import { ProductionView } from '../production/production-view';
import { ErrorNotice } from './error-notice';
import { NoDataState } from './no-data-state';

/**
 * Decides what the analyst sees first: the catalog says whether anything is loaded. A finished import
 * or refresh (`etl.progress` step `done`) re-reads everything, so the screen never shows stale numbers.
 */
export function FirstScreen() {
  const client = useClient();
  const [dataVersion, setDataVersion] = useState(0);
  const catalog = useCommand('catalog.dimensions', {}, dataVersion);

  useEffect(
    () =>
      client.on('etl.progress', (progress) => {
        if (progress.step === 'done') setDataVersion((version) => version + 1);
      }),
    [client],
  );

  if (catalog.status === 'error') {
    return <ErrorNotice what="el catálogo de datos" error={catalog.error} onRetry={catalog.reload} />;
  }
  if (catalog.data === null) {
    return (
      <Center mih={240} data-testid="catalog-loading">
        <Stack align="center" gap="xs">
          <Loader />
          <Text size="sm" c="dimmed">
            Cargando los datos disponibles…
          </Text>
        </Stack>
      </Center>
    );
  }
  const { periods, departments } = catalog.data;
  if (periods.first === null || periods.last === null) {
    return <NoDataState onRecheck={catalog.reload} rechecking={catalog.status === 'loading'} />;
  }
  return (
    // A new span of data (after an import) resets the filters to the default window over it.
    <ProductionView
      key={`${periods.first}/${periods.last}`}
      firstPeriod={periods.first}
      lastPeriod={periods.last}
      departments={departments}
      dataVersion={dataVersion}
    />
  );
}
