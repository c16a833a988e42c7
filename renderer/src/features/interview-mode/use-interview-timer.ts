// Renderer: the interview timer: starts and pauses on request, ticks each second, and keeps its seconds on the
// scorecard (every 15 s while running, at once on pause, and as the window closes) so reopening shows the same time.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

const PERSIST_EVERY_S = 15;

export interface InterviewTimer {
  running: boolean;
  toggle(): void;
  /** Stops the timer and stores its seconds (before leaving or submitting). */
  stop(): void;
}

export function useInterviewTimer(elapsed: number, setElapsed: (seconds: number, persist: boolean) => void): InterviewTimer {
  const [running, setRunning] = useState(false);
  // The tick reads the latest values without restarting the interval on every second.
  const latest = useRef({ elapsed, setElapsed });
  useLayoutEffect(() => {
    latest.current = { elapsed, setElapsed };
  });

  useEffect(() => {
    if (!running) return;
    const startedAt = Date.now();
    const base = latest.current.elapsed;
    const id = window.setInterval(() => {
      // From the wall clock, so a busy or throttled tab does not lose seconds.
      const next = base + Math.floor((Date.now() - startedAt) / 1000);
      if (next === latest.current.elapsed) return;
      latest.current.setElapsed(next, next % PERSIST_EVERY_S === 0);
    }, 250);
    // The window is closing: store the seconds now (the save leaves before the page goes).
    const onPageHide = () => latest.current.setElapsed(latest.current.elapsed, true);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.clearInterval(id);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [running]);

  const stop = () => {
    if (!running) return;
    setRunning(false);
    latest.current.setElapsed(latest.current.elapsed, true);
  };
  return { running, toggle: () => (running ? stop() : setRunning(true)), stop };
}
