// Depth-first walk over a subtree without recursion or an explicit stack of all nodes:
// pages can nest 5,000 levels deep, and a recursive walk would overflow the call stack.
// The walk can pause every so many nodes (walkTreeSteps), so the content script reads a big page in slices that
// leave the page's main thread free between them; walkTree runs it to the end in one go.

export interface TreeVisitor {
  /** Called on entering an element; return false to skip its subtree (leave is then not called). */
  enter(el: Element): boolean;
  /** Called after an entered element's subtree. */
  leave(el: Element): void;
  text(node: Text): void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Visits `root` and everything below it in document order. Never modifies the tree. */
export function walkTree(root: Element, visitor: TreeVisitor): void {
  drain(walkTreeSteps(root, visitor));
}

/** Nodes visited between two pauses of walkTreeSteps. */
export const NODES_PER_STEP = 256;

/**
 * walkTree as steps: pauses (yields) every NODES_PER_STEP nodes. If the page removes the node the walk stands
 * on between two steps, the walk ends there (the page watcher sees that change and the page is read again).
 */
export function* walkTreeSteps(root: Element, visitor: TreeVisitor): Generator<void, void, void> {
  let node: Node | null = root;
  let visited = 0;
  while (node) {
    if (++visited % NODES_PER_STEP === 0) yield;
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) descend = visitor.enter(node as Element);
    else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) visitor.text(node as Text);

    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) visitor.leave(node as Element);
    // Climb until a next sibling exists, leaving every (entered) ancestor on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node) visitor.leave(node as Element);
    }
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

/** Runs steps to the end and returns their result. */
export function drain<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
