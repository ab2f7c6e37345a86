// Development builds only, loaded by outlook.html just before office.js (webpack.config.js). office.js
// blanks any framed page that Outlook did not open (it navigates it to about:blank). Inside the local
// tenant's appointment simulator, which plays Outlook itself (simulatedOffice.ts), the pane and the
// frames it opens (MSAL's silent sign-in lands on this page in a hidden frame) opt out of that with
// office.js's own switch. Production builds never ship this file.
(function () {
  function openedBySimulator(win) {
    try {
      return new URLSearchParams(win.location.search).get('_host') === 'motebok-simulator';
    } catch {
      return false; // a parent on another origin: not the simulator's pane
    }
  }
  if (openedBySimulator(window) || (window.parent !== window && openedBySimulator(window.parent))) window.OsfOptOut = true;
})();
