/** What the portal replicas (test/fixtures/portals) expose to tests. */
interface ReplicaControls {
  /** history.pushState to `url`, then re-render the content area, like the portals' routers. */
  navigate(url: string): void;
  replace(url: string): void;
}

interface Window {
  replica: ReplicaControls;
}
