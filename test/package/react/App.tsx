import { useState } from 'react';
import 'eprofile-radar';
import type { EprofileErrorEvent } from 'eprofile-radar';
import { areas, series } from '../data';

export function App() {
  const [problem, setProblem] = useState('');
  return (
    <>
      <eprofile-radar heading="E-profiles 2009" lang="en" areas={areas} series={series} />
      {/* React 19 keeps the event's name as written after `on`: oneprofile-error, not onEprofile-error. */}
      <eprofile-radar
        heading="Rejected input"
        lang="en"
        scores="3 9 3 3 3"
        oneprofile-error={(event: EprofileErrorEvent) => setProblem(event.detail.message)}
      />
      <p className="problem">{problem}</p>
    </>
  );
}
