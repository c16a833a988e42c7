// Renderer: the role form's visible label for each field another screen can send the owner to (the coach's
// "Go to …" links, the search-engine check's links); the form finds the field to focus by this label.
export const ROLE_FIELD_LABELS = {
  title: 'Job title',
  employmentType: 'Employment type',
  remoteCountries: 'Applicants may live in',
  postedOn: 'Posting date',
  salaryMin: 'Minimum salary',
  salaryMax: 'Maximum salary',
  location: 'City',
  workplace: 'Workplace',
  closesOn: 'Closing date',
  applyEmail: 'Application email',
  applyUrl: 'Application web address',
  applyInstructions: 'Instructions',
};
