import type { RouteSectionProps } from '@solidjs/router';
import { onMount } from 'solid-js';
import { DoeToast } from './DoeToast';
import { purgeLeftovers } from './itemActions';
import './doe.css';

/**
 * The frame of every DOE screen: it keeps one toast across them (an item removed on its own
 * screen can be undone from the job's), and makes final the removals a closed app left behind.
 */
export default function DoeSection(props: RouteSectionProps) {
  onMount(() => void purgeLeftovers());
  return (
    <>
      {props.children}
      <DoeToast />
    </>
  );
}
