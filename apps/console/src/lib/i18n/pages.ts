import { bundle } from './bundle';

/** The document preview drawn as page images (the API's PNG of each page of the stored PDF). */
export const pages = bundle(
  {
    alt: '{{name}} {{number}} 第{{page}}页',
    position: '第 {{page}} / {{pages}} 页',
    previous: '上一页',
    next: '下一页',
    navigation: '翻页',
    loading: '正在生成页面图像…',
    region: '{{name}} {{number}} 的页面（可滚动）',
  },
  {
    alt: '{{name}} {{number}}, page {{page}}',
    position: 'Page {{page}} of {{pages}}',
    previous: 'Previous page',
    next: 'Next page',
    navigation: 'Pages',
    loading: 'Drawing the page…',
    region: 'Pages of {{name}} {{number}} (scrollable)',
  },
);
