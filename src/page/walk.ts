// Depth-first walk over a subtree without recursion or an explicit stack of all nodes:
// pages can nest 5,000 levels deep, and a recursive walk would overflow the call stack.

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
  let node: Node | null = root;
  while (node) {
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
