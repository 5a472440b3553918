// Records every Content-Security-Policy violation on the page (the test reads them; a partner
// sees them in the console). Loaded first, as a file: the policy forbids inline scripts.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const violation = `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`;
  window.cspViolations.push(violation);
  console.error(`CSP violation: ${violation}`);
});
