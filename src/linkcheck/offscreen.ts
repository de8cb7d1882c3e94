// Chrome's offscreen document: the page with a DOM where the background's checks run (see README.md).
import { handleMessages } from '../messages';
import { checkState } from './entry';

handleMessages({
  'linkcheck/run': { from: ['extension-page'], handle: ({ url, probe }) => checkState(url, probe).then((state) => ({ state })) },
});
