import { createContext, useContext, type ReactNode } from 'react';
import type { Services } from './services';

const ServicesContext = createContext<Services | undefined>(undefined);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The page's services; a screen rendered outside `ServicesProvider` is a bug, said loudly. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() outside ServicesProvider');
  return services;
}
