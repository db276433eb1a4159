import type { RouteSectionProps } from '@solidjs/router';
import { onMount } from 'solid-js';
import { purgeLeftovers } from './itemActions';
import './doe.css';

/**
 * The frame of every DOE screen: it makes final the removals a closed app left behind (those
 * still offered for undo are made final by the toast once its undo is gone).
 */
export default function DoeSection(props: RouteSectionProps) {
  onMount(() => void purgeLeftovers());
  return <>{props.children}</>;
}
