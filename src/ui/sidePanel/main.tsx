// Placeholder so the build has every entry; the owner of src/ui/sidePanel replaces it.
import { startSurface } from '../shared/bootstrap';
import { MAIN_CONTENT_ID } from '../shared/MotebokProvider';

startSurface({ render: () => <main id={MAIN_CONTENT_ID}>Møtebok</main> });
